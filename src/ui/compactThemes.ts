// The kit's controls are sized for a full page (36 px buttons, 14-15 px text). In amoCRM's
// 280 px sidebar column they are redrawn at the panel's 13 px; colours stay the kit's own, but for
// the primary button's blue, deepened to reach WCAG AA contrast.
// Kit themes are cached by object identity, so these are built once here.
import { ButtonNeutralTheme, ButtonPrimaryTheme } from '@kommo-crm/crm-react-ui-kit/Button';
import { InputDarkTheme, InputLightTheme } from '@kommo-crm/crm-react-ui-kit/Input';
import { SelectButtonDarkTheme, SelectButtonLightTheme, SelectItemTheme } from '@kommo-crm/crm-react-ui-kit/Select';

const BUTTON_SIZE = {
  '--crm-ui-kit-button-height': '28px',
  '--crm-ui-kit-button-font-size': '13px',
  '--crm-ui-kit-button-line-height': '16px',
  '--crm-ui-kit-button-padding': '0 6px',
  '--crm-ui-kit-button-sibling-element-spacing': '0',
};
const INPUT_SIZE = {
  '--crm-ui-kit-input-height': '30px',
  '--crm-ui-kit-input-font-size': '13px',
  '--crm-ui-kit-input-line-height': '16px',
  '--crm-ui-kit-input-padding-left': '8px',
  '--crm-ui-kit-input-padding-right': '8px',
};
const SELECT_BUTTON_SIZE = {
  '--crm-ui-kit-select-button-height': '30px',
  '--crm-ui-kit-select-button-font-size': '13px',
  '--crm-ui-kit-select-button-line-height': '16px',
  '--crm-ui-kit-select-button-padding': '0 6px 0 8px',
};

// White on the kit's #4c8bf7 is 3.3:1; a deeper blue of the same hue gives 5:1 (WCAG AA).
export const CompactPrimaryButton = {
  ...ButtonPrimaryTheme,
  ...BUTTON_SIZE,
  '--crm-ui-kit-button-background-color': '#2b6cd4',
  '--crm-ui-kit-button-hover-background-color': '#2360c2',
};
export const CompactNeutralButton = { ...ButtonNeutralTheme, ...BUTTON_SIZE };
export const CompactInputLight = { ...InputLightTheme, ...INPUT_SIZE };
export const CompactInputDark = { ...InputDarkTheme, ...INPUT_SIZE };
export const CompactSelectButtonLight = { ...SelectButtonLightTheme, ...SELECT_BUTTON_SIZE };
export const CompactSelectButtonDark = { ...SelectButtonDarkTheme, ...SELECT_BUTTON_SIZE };
export const CompactSelectItem = {
  ...SelectItemTheme,
  '--crm-ui-kit-select-item-font-size': '13px',
  '--crm-ui-kit-select-item-padding': '5px 6px 5px 12px',
};
