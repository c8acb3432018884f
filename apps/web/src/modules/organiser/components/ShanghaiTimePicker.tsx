import { DatePicker } from 'antd';
import dayjs from 'dayjs';

import { useT } from '../../../app/i18n';
import { WALL_FORMAT } from '../utils/eventInput';

/**
 * A date and time, held as Shanghai wall-clock text (`2030-09-15 09:00`): the picker shows the same
 * digits in any browser zone, and utils/eventInput turns them into the instant.
 */
export function ShanghaiTimePicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const t = useT();
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format={WALL_FORMAT}
      placeholder={t('eventForm.timePlaceholder')}
      value={value ? dayjs(value, WALL_FORMAT) : null}
      onChange={(d) => onChange?.(d ? d.format(WALL_FORMAT) : null)}
      // Enter confirms the typed time; it must not also submit the surrounding form.
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      style={{ width: '100%' }}
    />
  );
}
