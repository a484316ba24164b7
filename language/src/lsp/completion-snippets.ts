/**
 * The snippets completion offers where their keyword stands: a new task (with an activity), an
 * activity, an indicator, a statistics block, the final report's closing sections. Each parses as soon as it is inserted.
 */
import { AstUtils, type AstNode } from 'langium';
import { isProject, isTask, type Project, type Task } from '../generated/ast.js';
import { t } from '../i18n.js';
import { addMonths, formatDate, todayISO } from '../dates.js';
import * as vocabulary from './vocabulary.js';
import { REQUIRED_CLOSING } from '../model.js';

/**
 * Every snippet parses as soon as it is inserted: texts are empty quotes, a plan is the empty
 * placeholder `""` (selected, so typing replaces it), a period is the project's (or six months
 * from today), selected too.
 */
export function snippetFor(node: AstNode | undefined, keyword: string): { body: string; detail: string } | undefined {
    const indicator = `көрсеткіш "\${1}" жоспар: \${2:""}`;
    const period = () => snippetPeriod(AstUtils.getContainerOfType(node, isProject));
    switch (keyword) {
        case 'міндет': {
            const project: Project | undefined = AstUtils.getContainerOfType(node, isProject);
            const n = (project?.tasks.length ?? 0) + 1;
            return {
                detail: t('lsp.snippet.task'),
                body: [
                    `міндет ${n} "\${1}" {`,
                    `    іс-шара 1 "\${2}" {`,
                    `        мерзімі: \${3:${period()}}`,
                    '        орны: "${4}"',
                    `        көрсеткіш "\${5}" жоспар: \${6:""}`,
                    '    }',
                    '}$0'
                ].join('\n')
            };
        }
        case 'іс-шара': {
            const task: Task | undefined = AstUtils.getContainerOfType(node, isTask);
            const n = (task?.activities.length ?? 0) + 1;
            return {
                detail: t('lsp.snippet.activity'),
                body: [
                    `іс-шара ${n} "\${1}" {`,
                    `    мерзімі: \${2:${period()}}`,
                    '    орны: "${3}"',
                    `    көрсеткіш "\${4}" жоспар: \${5:""}`,
                    '}$0'
                ].join('\n')
            };
        }
        case 'көрсеткіш':
            return { detail: t('lsp.snippet.indicator'), body: indicator + '$0' };
        case 'статистика': {
            const categories = vocabulary.categoryKeys().map(c => `        ${c.label}: 0`);
            const ages = vocabulary.ageBrackets().map(a => `        ${a.label}: 0`);
            return {
                detail: t('lsp.snippet.statistics'),
                body: [
                    'статистика {',
                    '    барлығы: ${1:0}',
                    '    ерлер: ${2:0}',
                    '    әйелдер: ${3:0}',
                    '    санаты {', ...categories, '    }',
                    '    жасы {', ...ages, '    }',
                    '}$0'
                ].join('\n')
            };
        }
        case 'қорытынды':
            // The sections the final report cannot be handed in without (V-REQ-08), in the form's order.
            return {
                detail: t('lsp.snippet.conclusion'),
                body: ['қорытынды {', ...REQUIRED_CLOSING.map((key, i) => `    ${key}: "\${${i + 1}}"`), '}$0'].join('\n')
            };
        default:
            return undefined;
    }
}

/** An activity's period to start from: the project's as written, else six months from today (escaped for a snippet). */
function snippetPeriod(project: Project | undefined): string {
    const written = project?.period?.$cstNode?.text.replace(/\s+/g, ' ').trim();
    const text = written || `${formatDate(todayISO())} - ${formatDate(addMonths(todayISO(), 6))}`;
    return text.replace(/[\\$}]/g, c => `\\${c}`);
}
