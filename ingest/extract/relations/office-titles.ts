// Data: ministers' titles and the ministries they work for (UK and US governments; "X minister" titles are read by patterns-titles.ts), by the names the gazetteer gives those bodies.

/**
 * A title (lower-case words, as written before a name) and the bodies whose staff it names, most
 * likely first. A person with the title WORKS_FOR the first of these bodies the article mentions.
 */
export const OFFICE_TITLES: Array<[title: string, bodies: string[]]> = [
  // United Kingdom
  ['foreign secretary', ['Foreign and Commonwealth Office', 'Foreign, Commonwealth and Development Office', 'Foreign Office']],
  ['foreign office minister', ['Foreign and Commonwealth Office', 'Foreign, Commonwealth and Development Office', 'Foreign Office']],
  ['home secretary', ['Home Office']],
  ['home office minister', ['Home Office']],
  ['chancellor of the exchequer', ['HM Treasury', 'Treasury']],
  ['chancellor', ['HM Treasury', 'Treasury']],
  ['treasury minister', ['HM Treasury', 'Treasury', 'US Treasury']],
  ['chief secretary to the treasury', ['HM Treasury', 'Treasury']],
  ['defence secretary', ['Ministry of Defence']],
  ['health secretary', ['Department of Health and Social Care', 'Department of Health']],
  ['education secretary', ['Department for Education']],
  ['business secretary', ['Department for Business and Trade', 'Department for Business, Energy and Industrial Strategy', 'Department of Trade and Industry']],
  ['trade secretary', ['Department for Business and Trade', 'Department for International Trade', 'Department of Trade and Industry']],
  ['trade and industry secretary', ['Department of Trade and Industry']],
  ['culture secretary', ['Department for Culture, Media and Sport']],
  ['environment secretary', ['Department for Environment, Food and Rural Affairs']],
  ['work and pensions secretary', ['Department for Work and Pensions']],
  ['justice secretary', ['Ministry of Justice']],
  ['transport secretary', ['Department for Transport']],
  ['cabinet office minister', ['Cabinet Office']],
  // United States
  ['secretary of state', ['State Department', 'Department of State']],
  ['treasury secretary', ['US Treasury', 'Department of the Treasury', 'Treasury']],
  ['secretary of the treasury', ['US Treasury', 'Department of the Treasury', 'Treasury']],
  ['commerce secretary', ['Department of Commerce']],
  ['secretary of commerce', ['Department of Commerce']],
  ['defense secretary', ['Department of Defense', 'Pentagon']],
  ['secretary of defense', ['Department of Defense', 'Pentagon']],
  ['attorney general', ['Department of Justice']],
  ['homeland security secretary', ['Department of Homeland Security']],
  ['secretary of homeland security', ['Department of Homeland Security']],
];
