import type { TemplateField } from '../../model';

/** The four answers every handoff package gives, whatever its type (rule 1 of PRODUCT.md). */
export const UNIVERSAL_FIELDS: TemplateField[] = [
  {
    key: 'objective',
    label: 'Objective',
    type: 'long_text',
    required: true,
    help: 'What this piece of work must achieve.',
    columns: [],
  },
  {
    key: 'context',
    label: 'Context',
    type: 'long_text',
    required: true,
    help: 'What the receiver needs to know that is not obvious.',
    columns: [],
  },
  {
    key: 'constraints',
    label: 'Constraints',
    type: 'long_text',
    required: true,
    help: 'Budget, dates, legal, brand and technical limits.',
    columns: [],
  },
  {
    key: 'success',
    label: 'What success looks like',
    type: 'long_text',
    required: true,
    help: 'How we will know the receiver’s work is done well.',
    columns: [],
  },
];
