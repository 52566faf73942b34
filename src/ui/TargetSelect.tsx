// "New contact" or one of the contacts that already hold the number / are the deal's client.
import { Select, SelectArrowTheme, SelectListTheme, SelectRootTheme, type SelectItem } from '@kommo-crm/crm-react-ui-kit/Select';
import { useHost } from './host/HostContext';
import { CompactSelectButtonDark, CompactSelectButtonLight, CompactSelectItem } from './compactThemes';

export interface TargetOption {
  /** 'new' or an existing contact id. */
  value: 'new' | number;
  label: string;
}

export function TargetSelect({
  options,
  value,
  onChange,
  labelId,
}: {
  options: TargetOption[];
  value: 'new' | number;
  onChange: (value: 'new' | number) => void;
  labelId: string;
}) {
  const host = useHost();
  const items: SelectItem[] = options.map((o) => ({ value: String(o.value), option: o.label }));
  const selected = items.find((i) => i.value === String(value)) ?? items[0];
  return (
    <Select
      theme={SelectRootTheme}
      {...(selected ? { value: selected } : {})}
      onChange={(item) => onChange(item.value === 'new' ? 'new' : Number(item.value))}
    >
      {/* Named by the label and its own text («Куда перенести Новый контакт»): the visible words are
          in the name (WCAG 2.5.3), and a screen reader hears the current choice. */}
      <Select.Button
        theme={host.theme === 'dark' ? CompactSelectButtonDark : CompactSelectButtonLight}
        id={`${labelId}-button`}
        aria-labelledby={`${labelId} ${labelId}-button`}
      >
        <Select.Value />
        <Select.Arrow theme={SelectArrowTheme} />
      </Select.Button>
      <Select.List theme={SelectListTheme}>
        {items.map((item, index) => (
          <Select.Item key={item.value} item={item} index={index} theme={CompactSelectItem}>
            <Select.Option>{item.option}</Select.Option>
          </Select.Item>
        ))}
      </Select.List>
    </Select>
  );
}
