// The most frequent function words of each language, for identifyLanguage (language-identification.ts).
// Function words are what tells closely related languages apart in a few sentences, whatever the subject.
// German, Italian, Portuguese, Dutch and Catalan are here only so that a text in one of them is recognised as
// "another language" (null) instead of being taken for the nearest of ours.

export const STOP_WORDS = {
  en: `the of and to in is was for on that with as by at from it its his her their they he she we are were has have
    had been be this which who will would not but or an a said after about than more also into over against there`,
  fr: `le la les des du de et est sont un une dans pour par sur au aux avec ce cette ces qui que qu ne pas plus a été
    ont ses son sa leur leurs il elle ils nous vous selon mais ou où entre depuis avait était lors dont l d`,
  es: `el la los las del de y es son un una en por para con se que no su sus al lo como más pero fue fueron ha han
    está están este esta estos entre según también sobre desde hasta donde muy ya le les a`,
  de: `der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich auch wird wurde sind nach bei
    aus hat haben wie oder aber noch nur über`,
  it: `il di che è e la le gli un una per non sono del della dei delle nel nella con da dal alla al lo si anche come
    più ma ha hanno era stato stata questo questa`,
  pt: `o os as da das do dos de e é em um uma para com não que se na no nas nos ao pela pelo mais foi foram são está
    também como mas seu sua entre`,
  nl: `de het een en van is dat die niet op te zijn met voor aan er maar ook als bij door naar om werd wordt heeft
    hebben dit deze`,
  ca: `el la els les de i és que un una en per amb del al no es va són com més però també seu seva aquest aquesta`,
} as const;

export type StopWordLanguage = keyof typeof STOP_WORDS;
