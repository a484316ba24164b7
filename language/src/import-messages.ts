/**
 * Messages of import (server/src/import): the V-IMPORT-… diagnostics a draft
 * carries, and the CLI's lines. Kazakh first, Russian and English too.
 */
import type { Message } from './messages.js';

const REVIEW = {
    kk: ' Тексергеннен кейін осы «⚠» түсініктемесін өшіріңіз.',
    ru: ' После проверки удалите этот комментарий «⚠».',
    en: ' Delete this «⚠» comment once checked.'
};

function withReview(m: Message): Message {
    return { kk: m.kk + REVIEW.kk, ru: m.ru + REVIEW.ru, en: m.en + REVIEW.en };
}

export const importMessages = {
    'V-IMPORT-01': withReview({
        kk: '{where}: кестенің тақырып жолы танылмады («{a}»), сондықтан оның жолдары файлдың соңындағы түсініктемеге жазылды. Оларды қолмен орналастырыңыз.',
        ru: '{where}: заголовок таблицы не распознан («{a}»), поэтому её строки записаны в комментарий в конце файла. Перенесите их вручную.',
        en: '{where}: the table\'s header was not recognised («{a}»), so its rows are in the comment at the end of the file. Place them by hand.'
    }),
    'V-IMPORT-02': withReview({
        kk: '{where}: көрсеткіштер саны ({a}) мен жоспарлы мәндер саны ({b}) сәйкес келмейді. Әр көрсеткіштің жоспарын бастапқы құжатпен салыстырыңыз.',
        ru: '{where}: число показателей ({a}) и плановых значений ({b}) не совпадает. Сверьте план каждого показателя с исходным документом.',
        en: '{where}: {a} indicator(s) but {b} planned value(s). Check each indicator\'s plan against the source.'
    }),
    'V-IMPORT-03': withReview({
        kk: '{where}: «{a}» мән ретінде оқылмады, сондықтан тырнақшаға алынды. Оны «кемінде 10», «100%», «2 тізім» сияқты етіп жазыңыз.',
        ru: '{where}: «{a}» не читается как значение, поэтому взято в кавычки. Запишите его как «кемінде 10», «100%», «2 тізім».',
        en: '{where}: «{a}» cannot be read as a value, so it was quoted. Write it like «кемінде 10», «100%», «2 тізім».'
    }),
    'V-IMPORT-04': withReview({
        kk: '{where}: «{a}» мерзімі оқылмады немесе онда жыл жоқ. «1 мамыр 2025 жыл - 31 қазан 2025 жыл» немесе «01.05.2025 - 31.10.2025» түрінде жазыңыз.',
        ru: '{where}: срок «{a}» не прочитан или в нём нет года. Запишите как «1 мамыр 2025 жыл - 31 қазан 2025 жыл» или «01.05.2025 - 31.10.2025».',
        en: '{where}: the period «{a}» could not be read or has no year. Write it as «1 мамыр 2025 жыл - 31 қазан 2025 жыл» or «01.05.2025 - 31.10.2025».'
    }),
    'V-IMPORT-05': withReview({
        kk: 'Бастапқы құжаттың {a} үзіндісі ешбір өріске орналастырылмады: олар төмендегі түсініктемеде сақталған. Керегін тиісті жерге көшіріңіз.',
        ru: '{a} фрагмент(ов) исходного документа не удалось разместить: они сохранены в комментарии ниже. Перенесите нужное на место.',
        en: '{a} piece(s) of the source could not be placed: they are kept in the comment below. Move what is needed into place.'
    }),
    'V-IMPORT-06': withReview({
        kk: 'Бастапқы құжатта {a} қабылданбаған түзету (tracked changes) бар: қосылған мәтін алынды, өшірілген мәтін алынбады. Нәтижені тексеріңіз.',
        ru: 'В исходном документе {a} непринятых исправлений (tracked changes): вставки взяты, удаления отброшены. Проверьте результат.',
        en: 'The source has {a} tracked change(s): insertions were taken, deletions dropped. Check the result.'
    }),
    'V-IMPORT-07': withReview({
        kk: '{where}: жолда көрсеткіштер бар, бірақ іс-шара атауы жоқ. Іс-шараның атауын жазыңыз.',
        ru: '{where}: в строке есть показатели, но нет названия мероприятия. Впишите название.',
        en: '{where}: the row has indicators but no activity name. Write the activity\'s name.'
    }),
    'V-IMPORT-08': withReview({
        kk: '{where}: көрсеткіштер саны ({a}) мен нақты мәндер (факт) саны ({b}) сәйкес келмейді. Әр көрсеткіштің фактісін бастапқы құжатпен салыстырыңыз.',
        ru: '{where}: число показателей ({a}) и фактических значений ({b}) не совпадает. Сверьте факт каждого показателя с исходным документом.',
        en: '{where}: {a} indicator(s) but {b} actual value(s). Check each indicator\'s fact against the source.'
    }),
    'V-IMPORT-09': withReview({
        kk: '{where}: «{a}» жолындағы «{b}» сан ретінде оқылмады, сондықтан нобайға жазылмады. Санды бастапқы құжаттан қараңыз да, тиісті жолға жазыңыз.',
        ru: '{where}: «{b}» в строке «{a}» не читается как число, поэтому не записано в черновик. Посмотрите число в исходном документе и впишите его.',
        en: '{where}: «{b}» in «{a}» is not a number, so it was left out of the draft. Look the number up in the source and write it in.'
    }),
    'cli.usage.import': {
        kk: '           esep import <жоспар.docx|жоспар.pdf> [-o нобай.grant] [--force]',
        ru: '               esep import <план.docx|план.pdf> [-o черновик.grant] [--force]',
        en: '       esep import <plan.docx|plan.pdf> [-o draft.grant] [--force]'
    },
    'import.where': { kk: 'Бастапқы құжат ({place})', ru: 'Исходный документ ({place})', en: 'Source ({place})' },
    'import.written': {
        kk: 'Нобай жазылды: {file} — {tasks} міндет, {activities} іс-шара, {pairs} көрсеткіш жоспарымен; тексеретін белгі: {notes}.',
        ru: 'Черновик записан: {file} — задач: {tasks}, мероприятий: {activities}, показателей с планом: {pairs}; пометок для проверки: {notes}.',
        en: 'Draft written: {file} — {tasks} task(s), {activities} activit(ies), {pairs} indicator(s) with a plan; {notes} note(s) to review.'
    },
    'import.writtenReport': {
        kk: 'Нобай жазылды (қорытынды есептен): {file} — {tasks} міндет, {activities} іс-шара, {pairs} көрсеткіш жоспарымен, {facts} көрсеткіш фактісімен; тексеретін белгі: {notes}.',
        ru: 'Черновик записан (из итогового отчёта): {file} — задач: {tasks}, мероприятий: {activities}, показателей с планом: {pairs}, с фактом: {facts}; пометок для проверки: {notes}.',
        en: 'Draft written (from a final report): {file} — {tasks} task(s), {activities} activit(ies), {pairs} indicator(s) with a plan, {facts} with a fact; {notes} note(s) to review.'
    },
    'import.next': {
        kk: 'Келесі қадам: esep check {file}',
        ru: 'Следующий шаг: esep check {file}',
        en: 'Next: esep check {file}'
    },
    'import.exists': {
        kk: '{file} бұрыннан бар: ол қайта жазылмады. Қайта жазу үшін --force қосыңыз немесе -o арқылы басқа атау беріңіз.',
        ru: '{file} уже существует и не перезаписан. Добавьте --force, чтобы перезаписать, или укажите другое имя через -o.',
        en: '{file} already exists and was not overwritten. Add --force to overwrite it, or give another name with -o.'
    },
    'import.notGrantName': {
        kk: '{file}: нобай .grant файлы болып жазылады, сондықтан атауы .grant деп аяқталсын (мысалы, -o жоба.grant).',
        ru: '{file}: черновик записывается файлом .grant, поэтому имя должно оканчиваться на .grant (например, -o проект.grant).',
        en: '{file}: the draft is written as a .grant file, so the name must end in .grant (for example, -o project.grant).'
    },
    'import.sameAsInput': {
        kk: '{file}: нобай бастапқы файлдың орнына жазылмайды. -o арқылы .grant атауын беріңіз.',
        ru: '{file}: черновик не записывается поверх исходного файла. Укажите имя .grant через -o.',
        en: '{file}: the draft is never written over the source. Give a .grant name with -o.'
    },
    'import.error.notDocxPdf': {
        kk: '{file}: бұл Word (.docx) немесе PDF файлы емес. Жоспарды Word-та .docx ретінде немесе PDF ретінде сақтап, қайта импорттаңыз.',
        ru: '{file}: это не файл Word (.docx) и не PDF. Сохраните план как .docx или PDF и импортируйте снова.',
        en: '{file}: not a Word (.docx) or PDF file. Save the plan as .docx or PDF and import it again.'
    },
    'import.error.oldDoc': {
        kk: '{file}: бұл Word-тың ескі пішімі (.doc). Файлды Word-та ашып, «Басқаша сақтау» → «.docx» арқылы сақтаңыз.',
        ru: '{file}: это старый формат Word (.doc). Откройте файл в Word и сохраните как .docx («Сохранить как»).',
        en: '{file}: this is the old Word format (.doc). Open it in Word and «Save as» .docx.'
    },
    'import.error.encrypted': {
        kk: '{file}: файл құпиясөзбен қорғалған (шифрланған). Құпиясөзді алып тастап, файлды қайта сақтаңыз.',
        ru: '{file}: файл защищён паролем (зашифрован). Снимите пароль и сохраните файл заново.',
        en: '{file}: the file is password-protected (encrypted). Remove the password and save it again.'
    },
    'import.error.corrupt': {
        kk: '{file}: файл бүлінген, оқылмады. Оны Word-та (немесе PDF бағдарламасында) ашып, қайта сақтап көріңіз.',
        ru: '{file}: файл повреждён и не прочитан. Откройте его в Word (или в программе для PDF) и сохраните заново.',
        en: '{file}: the file is damaged and could not be read. Open it in Word (or a PDF program) and save it again.'
    },
    'import.error.zipBomb': {
        kk: '{file}: файлдың ішіндегі мәтін тым үлкен (50 МБ-тан асады), қауіпсіздік үшін оқылмады. Жоспардың өзін ғана сақтаңыз.',
        ru: '{file}: внутри файла слишком много текста (больше 50 МБ), из соображений безопасности он не прочитан. Сохраните только сам план.',
        en: '{file}: the file unpacks to more than 50 MB of text and was not read, for safety. Save the plan on its own.'
    },
    'import.error.empty': {
        kk: '{file}: файл бос, импорттайтын мәтін жоқ.',
        ru: '{file}: файл пуст, импортировать нечего.',
        en: '{file}: the file is empty; there is nothing to import.'
    },
    'import.error.scanned': {
        kk: '{file}: PDF-те мәтін жоқ (сканерленген сурет). Мәтінді суреттен тану (OCR) қолдау көрсетілмейді: жоспардың Word нұсқасын немесе мәтіні бар PDF-ті алыңыз.',
        ru: '{file}: в PDF нет текста (это скан). Распознавание текста (OCR) не поддерживается: возьмите план в Word или PDF с текстом.',
        en: '{file}: the PDF has no text (a scanned image). OCR is not supported: use the plan as Word or a PDF with text.'
    },
    'import.error.notAPlan': {
        kk: '{file}: жоспар нысаны (міндеттер, іс-шаралар, көрсеткіштер) табылмады. Бұл Шарттың №3 қосымшасы екенін тексеріңіз.',
        ru: '{file}: форма плана (задачи, мероприятия, показатели) не найдена. Проверьте, что это Приложение №3 к договору.',
        en: '{file}: no plan form (tasks, activities, indicators) was found. Check that this is Appendix 3 of the contract.'
    },
    'import.failed': {
        kk: '{file}: импорт сәтсіз аяқталды ({reason}).',
        ru: '{file}: импорт не удался ({reason}).',
        en: '{file}: the import failed ({reason}).'
    }
} satisfies Record<string, Message>;
