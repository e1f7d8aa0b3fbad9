import type { ButtonHTMLAttributes } from 'react';

/** A button in one of the three variants: primary (the default), secondary or link-like. */
export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'link' }) {
  const classes = [variant === 'primary' ? '' : `button-${variant}`, className ?? ''].filter(Boolean);
  return <button type={type} className={classes.join(' ') || undefined} {...rest} />;
}
