// Words of the decision layer written to sheets: area headers, next steps, growth columns, the
// troublesome-client flags with their legend, and the Focus sheet. One table per language.
import type { Language } from "./labels";

export interface DecisionWords {
  /** Headers of the owned columns this layer adds (beside the area headers "Client score: who they are" / "Fit score: how they fit us" in labels.ts). */
  headers: { market: string; nextStep: string; headroom: string; shareOfWallet: string };
  nextSteps: { keep: string; develop: string; fix: string; reconsider: string };
  /** Flag words beside FlagWords (whose costlyToServe is the "much effort" flag). */
  flags: { discount: string; late: string; loss: string };
  /** One sentence per flag for the Focus sheet's legend; {ratio}, {limit}, {column} filled in. */
  legend: { effort: string; discount: string; late: string; loss: string; knockedOut: string; missingData: string };
  focus: FocusWords;
}

interface FocusWords {
  title: string;
  subtitle: string;
  counts: string;
  step: string;
  clients: string;
  what: string;
  /** What each step means, beside its count. */
  meaning: { keep: string; develop: string; fix: string; reconsider: string };
  contactDue: string;
  contactDueMeaning: string;
  gutFeeling: string;
  gutFeelingMeaning: string;
  columns: { name: string; score: string; grade: string; value: string; nextStep: string; reason: string; headroom: string; lastContact: string; ownGrade: string };
  more: string;
  none: string;
  concentration: string;
  largestShare: string;
  top20Share: string;
  hhi: string;
  largestWarning: string;
  top20Warning: string;
  hhiWarning: string;
  noConcentration: string;
  market: string;
  topGradeShare: string;
  segment: string;
  allClients: string;
  tooFewTop: string;
  tooManyTop: string;
  topGradeOk: string;
  legend: string;
  flag: string;
  meaningHeader: string;
  chartTitle: string;
  chartX: string;
  chartY: string;
}

const EN: DecisionWords = {
  headers: { market: "Market score: the market's reality", nextStep: "Next step", headroom: "Headroom", shareOfWallet: "Share of wallet" },
  nextSteps: { keep: "Keep", develop: "Develop", fix: "Fix", reconsider: "Reconsider" },
  flags: { discount: "discount above limit", late: "pays late", loss: "loses money" },
  legend: {
    effort: "Takes at least {ratio} times as large a share of {column} as of the value it brings, and more than an average client.",
    discount: "{column} above {limit}: a concession beyond the agreed limit.",
    late: "{column} above {limit}: pays later than we accept.",
    loss: "{column} below zero: we lose money on this client.",
    knockedOut: "Fails a must-have criterion of the profile, so it gets the lowest grade whatever its score.",
    missingData: "A value the profile needs is blank or unreadable; it counts as 0.",
  },
  focus: {
    title: "Focus: whom to keep, develop, fix and reconsider",
    subtitle: "Rated on {date}: good fit = grade {grades}; high value = the vital few of {value}.",
    counts: "Next steps",
    step: "Next step",
    clients: "Clients",
    what: "What it means",
    meaning: {
      keep: "High value and a good fit: look after them.",
      develop: "A good fit, not yet among the vital few: grow them.",
      fix: "High value but a poor fit: they cost time and profit; fix the relationship.",
      reconsider: "A poor fit and low value: change the terms or let them go.",
    },
    contactDue: "Contact due",
    contactDueMeaning: "Good-fit clients not contacted for more than {days} days.",
    gutFeeling: "Gut feeling against the data",
    gutFeelingMeaning: "Clients whose grade in {column} is two or more steps away from the computed grade.",
    columns: { name: "Client", score: "Score", grade: "Grade", value: "{value}", nextStep: "Next step", reason: "Reasons", headroom: "Headroom", lastContact: "Last contact", ownGrade: "Own grade" },
    more: "and {count} more (filter the Next step column)",
    none: "None",
    concentration: "Concentration",
    largestShare: "Largest client's share",
    top20Share: "Top 20% of clients' share",
    hhi: "Herfindahl-Hirschman index (0 to 1)",
    largestWarning: "{client} alone brings {share} of {value}: losing this client would hurt badly.",
    top20Warning: "The top 20% of clients bring {share} of {value}: the business leans on a few clients.",
    hhiWarning: "The index is {hhi} (above 0.25): {value} is highly concentrated.",
    noConcentration: "No client holds 25% or more of {value}.",
    market: "Market reality check",
    topGradeShare: "Clients with grade {grade}",
    segment: "Segment",
    allClients: "All clients",
    tooFewTop: "Only {share} of clients reach grade {grade} (under 5%): the profile may ask for more than the market has.",
    tooManyTop: "{share} of clients reach grade {grade} (over 40%): the profile may be too easy to tell clients apart.",
    topGradeOk: "Between 5% and 40% of clients reach the top grade.",
    legend: "What the flags mean",
    flag: "Flag",
    meaningHeader: "Meaning",
    chartTitle: "Score against value, by next step",
    chartX: "Score",
    chartY: "{value}",
  },
};

const NL: DecisionWords = {
  headers: { market: "Marktscore: de realiteit van de markt", nextStep: "Volgende stap", headroom: "Groeiruimte", shareOfWallet: "Share of wallet" },
  nextSteps: { keep: "Behouden", develop: "Ontwikkelen", fix: "Verbeteren", reconsider: "Heroverwegen" },
  flags: { discount: "korting boven limiet", late: "betaalt te laat", loss: "verliesgevend" },
  legend: {
    effort: "Vraagt minstens {ratio} keer zo'n groot aandeel van {column} als van de waarde die hij oplevert, en meer dan een gemiddelde klant.",
    discount: "{column} boven {limit}: een concessie voorbij de afgesproken limiet.",
    late: "{column} boven {limit}: betaalt later dan we accepteren.",
    loss: "{column} onder nul: we verliezen geld op deze klant.",
    knockedOut: "Voldoet niet aan een harde eis van het profiel en krijgt daarom de laagste klasse, ongeacht de score.",
    missingData: "Een waarde die het profiel nodig heeft is leeg of onleesbaar; die telt als 0.",
  },
  focus: {
    title: "Focus: wie behouden, ontwikkelen, verbeteren en heroverwegen",
    subtitle: "Uit de beoordeling van {date}: past goed = klasse {grades}; hoge waarde = de vitale weinigen van {value}.",
    counts: "Volgende stappen",
    step: "Volgende stap",
    clients: "Klanten",
    what: "Wat het betekent",
    meaning: {
      keep: "Hoge waarde en past goed: koester ze.",
      develop: "Past goed, nog niet bij de vitale weinigen: laat ze groeien.",
      fix: "Hoge waarde maar past slecht: ze kosten tijd en winst; verbeter de relatie.",
      reconsider: "Past slecht en lage waarde: pas de voorwaarden aan of neem afscheid.",
    },
    contactDue: "Contact nodig",
    contactDueMeaning: "Goed passende klanten die langer dan {days} dagen niet gesproken zijn.",
    gutFeeling: "Onderbuikgevoel tegenover de cijfers",
    gutFeelingMeaning: "Klanten waarvan de klasse in {column} twee of meer stappen afwijkt van de berekende klasse.",
    columns: { name: "Klant", score: "Score", grade: "Klasse", value: "{value}", nextStep: "Volgende stap", reason: "Toelichting", headroom: "Groeiruimte", lastContact: "Laatste contact", ownGrade: "Eigen klasse" },
    more: "en nog {count} (filter de kolom Volgende stap)",
    none: "Geen",
    concentration: "Concentratie",
    largestShare: "Aandeel van de grootste klant",
    top20Share: "Aandeel van de beste 20% van de klanten",
    hhi: "Herfindahl-Hirschman-index (0 tot 1)",
    largestWarning: "{client} brengt alleen al {share} van {value} op: deze klant verliezen zou hard aankomen.",
    top20Warning: "De beste 20% van de klanten brengt {share} van {value} op: het bedrijf leunt op weinig klanten.",
    hhiWarning: "De index is {hhi} (boven 0,25): {value} is sterk geconcentreerd.",
    noConcentration: "Geen enkele klant heeft 25% of meer van {value}.",
    market: "Toets aan de markt",
    topGradeShare: "Klanten met klasse {grade}",
    segment: "Segment",
    allClients: "Alle klanten",
    tooFewTop: "Slechts {share} van de klanten haalt klasse {grade} (minder dan 5%): het profiel vraagt misschien meer dan de markt biedt.",
    tooManyTop: "{share} van de klanten haalt klasse {grade} (meer dan 40%): het profiel onderscheidt misschien te weinig.",
    topGradeOk: "Tussen 5% en 40% van de klanten haalt de hoogste klasse.",
    legend: "Wat de signalen betekenen",
    flag: "Signaal",
    meaningHeader: "Betekenis",
    chartTitle: "Score tegenover waarde, per volgende stap",
    chartX: "Score",
    chartY: "{value}",
  },
};

const DE: DecisionWords = {
  headers: { market: "Punktzahl Markt: die Realität des Markts", nextStep: "Nächster Schritt", headroom: "Ausbaupotenzial", shareOfWallet: "Share of Wallet" },
  nextSteps: { keep: "Halten", develop: "Ausbauen", fix: "Verbessern", reconsider: "Überdenken" },
  flags: { discount: "Rabatt über Grenze", late: "zahlt zu spät", loss: "macht Verlust" },
  legend: {
    effort: "Sein Anteil an {column} beträgt mindestens das {ratio}-Fache seines Anteils am Wert und liegt über dem eines durchschnittlichen Kunden.",
    discount: "{column} über {limit}: ein Zugeständnis über die vereinbarte Grenze hinaus.",
    late: "{column} über {limit}: zahlt später, als wir akzeptieren.",
    loss: "{column} unter null: mit diesem Kunden verlieren wir Geld.",
    knockedOut: "Erfüllt ein Muss-Kriterium des Profils nicht und erhält deshalb unabhängig von der Punktzahl die schlechteste Klasse.",
    missingData: "Ein Wert, den das Profil braucht, ist leer oder nicht lesbar; er zählt als 0.",
  },
  focus: {
    title: "Fokus: wen halten, ausbauen, verbessern und überdenken",
    subtitle: "Aus der Bewertung vom {date}: passt gut = Klasse {grades}; hoher Wert = die wichtigen Wenigen nach {value}.",
    counts: "Nächste Schritte",
    step: "Nächster Schritt",
    clients: "Kunden",
    what: "Bedeutung",
    meaning: {
      keep: "Hoher Wert und passt gut: pflegen.",
      develop: "Passt gut, gehört noch nicht zu den wichtigen Wenigen: ausbauen.",
      fix: "Hoher Wert, passt aber schlecht: kostet Zeit und Gewinn; die Beziehung verbessern.",
      reconsider: "Passt schlecht und bringt wenig: Konditionen ändern oder trennen.",
    },
    contactDue: "Kontakt fällig",
    contactDueMeaning: "Gut passende Kunden ohne Kontakt seit mehr als {days} Tagen.",
    gutFeeling: "Bauchgefühl gegen Daten",
    gutFeelingMeaning: "Kunden, deren Klasse in {column} zwei oder mehr Stufen von der berechneten Klasse abweicht.",
    columns: { name: "Kunde", score: "Punktzahl", grade: "Klasse", value: "{value}", nextStep: "Nächster Schritt", reason: "Begründung", headroom: "Ausbaupotenzial", lastContact: "Letzter Kontakt", ownGrade: "Eigene Klasse" },
    more: "und {count} weitere (Spalte Nächster Schritt filtern)",
    none: "Keine",
    concentration: "Konzentration",
    largestShare: "Anteil des größten Kunden",
    top20Share: "Anteil der besten 20 % der Kunden",
    hhi: "Herfindahl-Hirschman-Index (0 bis 1)",
    largestWarning: "{client} allein bringt {share} von {value}: der Verlust dieses Kunden träfe uns hart.",
    top20Warning: "Die besten 20 % der Kunden bringen {share} von {value}: das Geschäft hängt an wenigen Kunden.",
    hhiWarning: "Der Index liegt bei {hhi} (über 0,25): {value} ist stark konzentriert.",
    noConcentration: "Kein Kunde hat 25 % oder mehr von {value}.",
    market: "Realitätscheck Markt",
    topGradeShare: "Kunden mit Klasse {grade}",
    segment: "Segment",
    allClients: "Alle Kunden",
    tooFewTop: "Nur {share} der Kunden erreichen Klasse {grade} (unter 5 %): das Profil verlangt vielleicht mehr, als der Markt hergibt.",
    tooManyTop: "{share} der Kunden erreichen Klasse {grade} (über 40 %): das Profil unterscheidet vielleicht zu wenig.",
    topGradeOk: "Zwischen 5 % und 40 % der Kunden erreichen die beste Klasse.",
    legend: "Was die Hinweise bedeuten",
    flag: "Hinweis",
    meaningHeader: "Bedeutung",
    chartTitle: "Punktzahl gegen Wert, nach nächstem Schritt",
    chartX: "Punktzahl",
    chartY: "{value}",
  },
};

const HU: DecisionWords = {
  headers: { market: "Piaci pontszám: a piac valósága", nextStep: "Következő lépés", headroom: "Növekedési tartalék", shareOfWallet: "Pénztárca-részesedés" },
  nextSteps: { keep: "Megtartás", develop: "Fejlesztés", fix: "Rendbetétel", reconsider: "Felülvizsgálat" },
  flags: { discount: "kedvezmény a határ felett", late: "későn fizet", loss: "veszteséges" },
  legend: {
    effort: "Ebből: {column} legalább {ratio}-szor akkora részt visz el, mint amekkora részt az általa hozott értékből ad, és többet egy átlagos ügyfélnél.",
    discount: "{column} {limit} felett: a megállapodott határon túli engedmény.",
    late: "{column} {limit} felett: később fizet, mint amit elfogadunk.",
    loss: "{column} nulla alatt: ezen az ügyfélen pénzt veszítünk.",
    knockedOut: "Nem teljesíti a profil egy kötelező feltételét, ezért a pontszámától függetlenül a legrosszabb minősítést kapja.",
    missingData: "A profilhoz szükséges érték üres vagy olvashatatlan; 0-nak számít.",
  },
  focus: {
    title: "Fókusz: kit tartsunk meg, fejlesszünk, tegyünk rendbe, vizsgáljunk felül",
    subtitle: "Minősítés dátuma: {date}. Jól illeszkedik = {grades} minősítés; nagy érték = kulcsügyfél ({value} alapján).",
    counts: "Következő lépések",
    step: "Következő lépés",
    clients: "Ügyfelek",
    what: "Mit jelent",
    meaning: {
      keep: "Nagy érték és jó illeszkedés: ápoljuk a kapcsolatot.",
      develop: "Jól illeszkedik, de még nincs a kulcsfontosságúak között: fejlesszük.",
      fix: "Nagy érték, de rossz illeszkedés: időt és nyereséget visz el; tegyük rendbe a kapcsolatot.",
      reconsider: "Rossz illeszkedés és kis érték: változtassunk a feltételeken, vagy váljunk el.",
    },
    contactDue: "Esedékes kapcsolatfelvétel",
    contactDueMeaning: "Jól illeszkedő ügyfelek, akikkel több mint {days} napja nem volt kapcsolat.",
    gutFeeling: "Megérzés kontra adatok",
    gutFeelingMeaning: "Ügyfelek, akiknek saját minősítése ({column}) legalább két fokozattal eltér a számítottól.",
    columns: { name: "Ügyfél", score: "Pontszám", grade: "Minősítés", value: "{value}", nextStep: "Következő lépés", reason: "Indoklás", headroom: "Növekedési tartalék", lastContact: "Utolsó kapcsolat", ownGrade: "Saját minősítés" },
    more: "és további {count} (szűrje a Következő lépés oszlopot)",
    none: "Nincs",
    concentration: "Koncentráció",
    largestShare: "A legnagyobb ügyfél részesedése",
    top20Share: "Az ügyfelek felső 20%-ának részesedése",
    hhi: "Herfindahl–Hirschman-index (0 és 1 között)",
    largestWarning: "{client} egymaga adja az összérték {share}-át ({value}): elvesztése súlyos csapás lenne.",
    top20Warning: "Az ügyfelek felső 20%-a adja az összérték {share}-át ({value}): az üzlet kevés ügyfélen múlik.",
    hhiWarning: "Az index {hhi} (0,25 felett): az összérték ({value}) erősen koncentrált.",
    noConcentration: "Egyik ügyfél sem adja az összérték ({value}) 25%-át vagy többet.",
    market: "Piaci valóságpróba",
    topGradeShare: "{grade} minősítésű ügyfelek",
    segment: "Szegmens",
    allClients: "Összes ügyfél",
    tooFewTop: "Az ügyfeleknek csak {share}-a kapja a legjobb minősítést ({grade}; 5% alatt): a profil talán többet kér, mint amit a piac kínál.",
    tooManyTop: "Az ügyfelek {share}-a kapja a legjobb minősítést ({grade}; 40% felett): a profil talán túl keveset különböztet meg.",
    topGradeOk: "Az ügyfelek 5–40%-a éri el a legjobb minősítést.",
    legend: "Mit jelentenek a jelzések",
    flag: "Jelzés",
    meaningHeader: "Jelentés",
    chartTitle: "Pontszám és érték, következő lépés szerint",
    chartX: "Pontszám",
    chartY: "{value}",
  },
};

const TABLES: Record<Language, DecisionWords> = { en: EN, nl: NL, de: DE, hu: HU };

export function decisionWords(language: Language = "en"): DecisionWords {
  return TABLES[language] ?? EN;
}

/** Fills {name} placeholders. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
