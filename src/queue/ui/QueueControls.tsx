// Which cards to show and in what order: the kit's FilterTabs (with counts) and Select.
import { FilterTabs, FilterTabsItemRootTheme, FilterTabsTheme, TabPrimaryTheme } from '@kommo-crm/crm-react-ui-kit/FilterTabs';
import {
  Select,
  SelectArrowTheme,
  SelectButtonDarkTheme,
  SelectButtonLightTheme,
  SelectItemTheme,
  SelectListTheme,
  SelectRootTheme,
  type SelectItem,
} from '@kommo-crm/crm-react-ui-kit/Select';
import { Text, TextSecondaryDarkTheme } from '@kommo-crm/crm-react-ui-kit/Text';
import { useHost } from '../../ui/host/HostContext';
import { QUEUE_FILTERS, QUEUE_SORTS, type QueueFilter, type QueueSort } from './queueView';
import css from './queue.module.css';

interface Props {
  filter: QueueFilter;
  counts: Record<QueueFilter, number>;
  sort: QueueSort;
  onFilter(filter: QueueFilter): void;
  onSort(sort: QueueSort): void;
}

const isSort = (v: unknown): v is QueueSort => (QUEUE_SORTS as readonly unknown[]).includes(v);

export function QueueControls({ filter, counts, sort, onFilter, onSort }: Props) {
  const host = useHost();
  const { t } = host;
  const sortItems: SelectItem[] = QUEUE_SORTS.map((s) => ({ value: s, option: t(`queue.sort.${s}`) }));
  const current = sortItems.find((i) => i.value === sort);
  return (
    <div className={css['partner_card_cleaner-controls']}>
      <FilterTabs
        theme={FilterTabsTheme}
        role="group"
        aria-label={t('queue.filter.label')}
        className={css['partner_card_cleaner-tabs']}
        // The kit calls onChange inside its own state update (during render), where setting the
        // page's state is an error; the click itself reports the filter instead.
        onChange={() => undefined}
      >
        {QUEUE_FILTERS.map((f) => (
          <FilterTabs.ItemRoot key={f} name={f} theme={FilterTabsItemRootTheme} isDefaultActive={f === filter}>
            <FilterTabs.Tab
              theme={TabPrimaryTheme}
              aria-pressed={f === filter}
              onClickCapture={() => onFilter(f)}
              className={css['partner_card_cleaner-tab']}
            >
              {t(`queue.filter.${f}`)} ({counts[f]})
            </FilterTabs.Tab>
          </FilterTabs.ItemRoot>
        ))}
      </FilterTabs>
      <label className={css['partner_card_cleaner-line']}>
        <Text size="m" theme={TextSecondaryDarkTheme}>
          {t('queue.sort.label')}
        </Text>
        <Select
          theme={SelectRootTheme}
          {...(current ? { value: current } : {})}
          onChange={(item) => {
            if (isSort(item.value)) onSort(item.value);
          }}
        >
          <Select.Button
            theme={host.theme === 'dark' ? SelectButtonDarkTheme : SelectButtonLightTheme}
            aria-label={t('queue.sort.label')}
            aria-haspopup="listbox"
          >
            <Select.Value />
            <Select.Arrow theme={SelectArrowTheme} />
          </Select.Button>
          <Select.List theme={SelectListTheme} role="listbox" aria-label={t('queue.sort.label')}>
            {sortItems.map((item, index) => (
              <Select.Item
                key={item.value}
                item={item}
                index={index}
                theme={SelectItemTheme}
                role="option"
                aria-selected={item.value === sort}
              />
            ))}
          </Select.List>
        </Select>
      </label>
    </div>
  );
}
