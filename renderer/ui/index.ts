export { Avatar, AvatarStack, initialsOf, type AvatarProps, type AvatarStackProps } from './Avatar';
export { Badge, type BadgeProps, type BadgeTone } from './Badge';
export { Button, type ButtonProps, type ButtonSize, type ButtonVariant } from './Button';
export { cx } from './cx';
export { Dialog, type DialogProps } from './Dialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { FilterSelect, type FilterOption, type FilterSelectProps } from './FilterSelect';
export { FormDialog, type FormDialogProps, type FormDialogSlot } from './FormDialog';
export {
  Select,
  TextArea,
  TextField,
  type FieldChromeProps,
  type SelectProps,
  type TextAreaProps,
  type TextFieldProps,
} from './Field';
export * from './icons';
export { Kbd, type KbdProps } from './Kbd';
export { Spinner, type SpinnerProps } from './Spinner';
export { ToastRegion, toast, type ToastInput, type ToastKind } from './Toast';
export { toastClearance, useToastClearance, type ToastClearance } from './toastClearance';
export { useSavedOnBlur } from './useSavedOnBlur';
