import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { LANGUAGES, NOTIFICATION_TEMPLATES, type Language, type NotificationTemplate } from '../notification-template';
import type { NotificationParams } from '../notification-params';
import { plainTextValues } from './plain-text';
import { templateHelpers, type Labels } from './template-helpers';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

type Compiled = {
  subject: Handlebars.TemplateDelegate;
  html: Handlebars.TemplateDelegate;
  text: Handlebars.TemplateDelegate;
};

/**
 * Renders the email templates, which live as Handlebars files that a non-programmer can edit:
 * `<dir>/<language>/<template>.subject.hbs`, `.html.hbs`, `.text.hbs`, the HTML frame
 * `layout.html.hbs`, the partial `place.hbs` (a position with its OPD and agency) and the labels of
 * codes, `labels.json`. Every template is loaded and compiled
 * at start, so a missing or broken file stops the worker instead of failing emails one by one.
 * `{{…}}` escapes HTML in the HTML part; subject and text are plain text, not escaped, and get every
 * value as one line (control characters collapsed to a space), so no value can add a line of its own.
 */
export class TemplateRenderer {
  private readonly compiled = new Map<string, Compiled>();

  constructor(
    readonly dir: string,
    private readonly publicUrl: string,
  ) {
    for (const language of LANGUAGES) {
      const hbs = Handlebars.create();
      const labels = JSON.parse(this.read(language, 'labels.json')) as Labels;
      hbs.registerHelper(templateHelpers(language, labels));
      hbs.registerPartial('layout', this.read(language, 'layout.html.hbs'));
      hbs.registerPartial('place', this.read(language, 'place.hbs'));
      for (const template of NOTIFICATION_TEMPLATES) {
        const part = (suffix: string, options: CompileOptions) => {
          const compiled = hbs.compile(this.read(language, `${template}.${suffix}.hbs`), options);
          compiled({});
          return compiled;
        };
        this.compiled.set(`${language}/${template}`, {
          subject: part('subject', { noEscape: true }),
          html: part('html', {}),
          text: part('text', { noEscape: true }),
        });
      }
    }
  }

  linkTo(transferId: string): string {
    return `${this.publicUrl}/app/transfers/${encodeURIComponent(transferId)}`;
  }

  render(template: NotificationTemplate, language: Language, params: NotificationParams): RenderedEmail {
    const compiled = this.compiled.get(`${language}/${template}`);
    if (compiled === undefined) throw new Error(`No email template ${language}/${template}`);
    const context = { ...params, link: this.linkTo(params.proposal.transferId) };
    const plain = plainTextValues(context);
    return {
      subject: compiled.subject(plain).replace(/\s+/g, ' ').trim(),
      html: compiled.html(context),
      text:
        compiled
          .text(plain)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }

  private read(language: Language, file: string): string {
    const path = join(this.dir, language, file);
    if (!existsSync(path)) throw new Error(`Email template file missing: ${path}`);
    return readFileSync(path, 'utf8');
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
