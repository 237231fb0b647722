import type { Messages } from './messages.js';

/** The error catalogue in Belgian Dutch: what happened and what to do, never an internal id. */
export const nlErrors: Messages['errors'] = {
  ORG_FILE_UNREADABLE: () =>
    'De thuiswerkdienst is niet goed ingesteld (het organisatiebestand is onleesbaar). Verwittig de informaticadienst.',
  ORG_FILE_INVALID: () =>
    'De thuiswerkdienst is niet goed ingesteld (het organisatiebestand is ongeldig). Verwittig de informaticadienst.',
  CONFIG_INVALID: () => 'De thuiswerkdienst is niet goed ingesteld. Verwittig de informaticadienst.',
  LOCAL_ONLY: () => 'Deze testaanmelding werkt alleen op de ontwikkelcomputer.',
  UNKNOWN_UPN: (p) =>
    `Je account ${p.upn ?? ''} staat niet in het personeelsbestand van ${p.employer}; vraag de personeelsdienst om je toe te voegen.`,
  UNKNOWN_PERSON: (p) =>
    `Je staat niet in het personeelsbestand van ${p.employer}; vraag de personeelsdienst om je toe te voegen.`,
  UNKNOWN_TEAM: () => 'Dat team bestaat niet in het organisatiebestand.',
  UNKNOWN_ENTRY: () => 'Die thuiswerkaanvraag is niet gevonden.',
  INVALID_DATE: (p) =>
    `“${p.value ?? ''}” is geen geldige datum. Schrijf bijvoorbeeld “vrijdag”, “morgen” of “27 november”.`,
  INVALID_MONTH: (p) => `“${p.value ?? ''}” is geen geldige maand. Schrijf bijvoorbeeld “november 2026”.`,
  INVALID_PERIOD: (p) =>
    `Van ${p.from ?? ''} tot ${p.to ?? ''} is geen periode die gepland kan worden: ze mag niet eindigen vóór ze begint en duurt ten hoogste ${p.maxDays ?? 93} dagen duren.`,
  DATE_OUT_OF_RANGE: (p) =>
    `“${p.value ?? ''}” ligt te ver: thuiswerk kan voor datums van ${p.from ?? ''} tot ${p.to ?? ''}. Schrijf bijvoorbeeld “vrijdag” of “27 november”.`,
  MONTH_OUT_OF_RANGE: (p) =>
    `“${p.value ?? ''}” ligt te ver: maanden van ${p.from ?? ''} tot ${p.to ?? ''} kunnen. Schrijf bijvoorbeeld “november 2026”.`,
  INVALID_REGIME: () =>
    'Je werkregime staat verkeerd in het personeelsbestand; verwittig de personeelsdienst.',
  INVALID_DAY_PART: (p) =>
    `“${p.value ?? ''}” is geen deel van de dag: schrijf “voormiddag”, “namiddag” of niets voor een volledige dag.`,
  EMPTY_REQUEST: () => 'Je aanvraag bevat geen enkele dag. Bijvoorbeeld: /thuiswerk morgen',
  ENTRY_NOT_PENDING: (p) =>
    `Die aanvraag is al ${p.status ?? 'behandeld'}: alleen een aanvraag in afwachting kan goedgekeurd of geweigerd worden.`,
  NO_STRUCTURAL_PATTERN: () =>
    'Je hebt geen vaste thuiswerkdagen afgesproken: noem de dagen, bijvoorbeeld /thuiswerk maandag en donderdag.',
  NOTHING_TO_CANCEL: (p) => `Je hebt geen thuiswerk om te annuleren op ${p.days ?? 'die dag'}.`,
  ENTRY_ALREADY_CANCELLED: () => 'Dat thuiswerk is al geannuleerd.',
  ENTRY_NOT_ACTIVE: (p) =>
    `Dat thuiswerk is ${p.status ?? 'afgesloten'}: alleen goedgekeurd thuiswerk of een aanvraag in afwachting kan geannuleerd worden.`,
  UNKNOWN_DUTY: () => 'Die permanentie is niet gevonden.',
  UNKNOWN_PARKED_CHANGE: () => 'Die agendawijziging wacht niet op een nieuwe verzending.',
  DUTY_OUTSIDE_TEAM: () => 'Alleen leden van het team kunnen zijn permanentie houden.',
  DUTY_ON_WEEKEND: (p) => `${p.date ?? 'Die dag'} valt in het weekend: er is geen permanentie.`,
  DUTY_ON_HOLIDAY: (p) => `De site is gesloten op ${p.date ?? 'die dag'}: er is geen permanentie.`,
  DUTY_ON_DAY_OFF: (p) => `Die persoon werkt niet op ${p.date ?? 'die dag'} volgens het werkregime.`,
  DUTY_PERSON_SUSPENDED: (p) =>
    `De crisis schort de opdracht van die persoon op ${p.date ?? 'die dag'} op: ze houdt geen permanentie in dit team (uitgeleend aan een essentieel team houdt ze die daar).`,
  DUTY_IN_PAST: (p) => `${p.date ?? 'Die dag'} is voorbij: permanenties worden vanaf vandaag gepland.`,
  DUTY_ALREADY_ASSIGNED: (p) => `Die persoon heeft al permanentie op ${p.date ?? 'die dag'}.`,
  DUTY_ON_TELEWORK: (p) =>
    `Die persoon werkt thuis of vroeg dat aan op ${p.date ?? 'die dag'}: beslis of annuleer dat eerst.`,
  DUTY_OUTSIDE_PERIOD: (p) =>
    `De permanentie op ${p.date ?? 'die dag'} valt buiten de periode van de planning.`,
  TEAM_VERSION_STALE: () =>
    'De planning van het team is intussen gewijzigd: bekijk ze opnieuw en probeer het dan nog eens.',
  TEAM_VERSION_REQUIRED: () => 'Bekijk eerst de planning van het team en wijzig ze dan.',
  NOT_AN_APPROVER: () =>
    'Je kunt niet over deze aanvraag beslissen: alleen de leidinggevenden van de persoon en de personeelsdienst kunnen dat.',
  CRISIS_OVERLAPS: (p) =>
    `Een crisis vanaf ${p.from ?? ''} zou overlappen met die van ${p.otherFrom ?? ''}; beëindig die eerst.`,
  CRISIS_ENDS_BEFORE_START: (p) =>
    `De crisis kan niet eindigen op ${p.to ?? ''}: ze begon op ${p.from ?? ''}.`,
  NO_CRISIS_UNDER_WAY: () => 'Er loopt geen crisis: er valt niets te beëindigen.',
  UNKNOWN_CRISIS: () => 'Die crisis bestaat niet.',
  CRISIS_ENDED: (p) => `De crisis is geëindigd op ${p.to ?? ''}: niemand kan er nog voor uitgeleend worden.`,
  UNKNOWN_LOAN: () => 'Die uitlening bestaat niet in deze crisis.',
  LOAN_PERSON_NOT_SUSPENDED: () =>
    'Deze persoon kan niet uitgeleend worden: de crisis schort de opdracht niet op.',
  LOAN_TEAM_NOT_ESSENTIAL: () =>
    'Niemand kan aan dit team uitgeleend worden: het houdt in een crisis geen essentiële permanentie.',
  LOAN_ASKER_NOT_MANAGER: () => 'Alleen een leidinggevende van het team kan iemand voor het team vragen.',
  LOAN_DECISION_FORBIDDEN: () => 'Alleen HR of een beheerder keurt een uitlening goed of af.',
  LOAN_ALREADY_DECIDED: () => 'Over deze uitlening is al beslist.',
  LOAN_ALREADY_ACTIVE: () => 'Deze persoon is in deze crisis al gevraagd of uitgeleend.',
  MONTH_ALREADY_CLOSED: (p) => `De maand ${p.month ?? ''} is al afgesloten.`,
  MONTH_NOT_OVER: (p) =>
    `De maand ${p.month ?? ''} is nog niet voorbij; ze kan afgesloten worden vanaf ${p.firstDay ?? ''}.`,
  MONTH_IN_FUTURE: (p) =>
    `De maand ${p.month ?? ''} is nog niet begonnen; ze kan afgesloten worden als ze voorbij is, vanaf ${p.firstDay ?? ''}.`,
  INVALID_PAGE: () => 'Die pagina met resultaten bestaat niet.',
  AUTH_MISSING_TOKEN: () => 'Je bent niet aangemeld: meld je opnieuw aan in Teams en probeer het nog eens.',
  AUTH_INVALID_TOKEN: () =>
    'Je aanmelding is verlopen of ongeldig: meld je opnieuw aan en probeer het nog eens.',
  AUTH_KEYS_UNAVAILABLE: () =>
    'Je aanmelding kan nu niet gecontroleerd worden; probeer het over enkele minuten opnieuw.',
  AUTH_UNKNOWN_PERSON: (p) =>
    `Je account staat niet in het personeelsbestand van ${p.employer}; vraag de personeelsdienst om je toe te voegen.`,
  FORBIDDEN_ROLE: (p) =>
    `Daarvoor heb je de rol ${p.role ?? 'die erbij hoort'} nodig; vraag ernaar bij de personeelsdienst als je die rol nodig hebt.`,
  FORBIDDEN_TEAM: () =>
    'Dat kun je niet voor dit team: de leden zien de week, alleen de leidinggevenden en de personeelsdienst wijzigen ze.',
  FORBIDDEN_PERSON: () =>
    'Je kunt de telling van deze persoon niet bekijken: alleen de persoon zelf, de leidinggevenden en de personeelsdienst kunnen dat.',
  RATE_LIMITED: () => 'Te veel aanvragen na elkaar; probeer het zo meteen opnieuw.',
  NOT_READY: () =>
    'De thuiswerkdienst start op of is niet beschikbaar; probeer het over enkele minuten opnieuw.',
  REQUEST_INVALID: () => 'Het verzoek is onleesbaar; stuur het opnieuw vanuit Teams.',
  REQUEST_TOO_LARGE: () => 'Het bericht is te lang; schrijf een korter, bijvoorbeeld /thuiswerk morgen.',
  UNSUPPORTED_MEDIA_TYPE: () => 'Het verzoek is onleesbaar; stuur het opnieuw vanuit Teams.',
  BOT_REPLY_UNDELIVERED: () => 'Het antwoord kon niet verstuurd worden; stuur je bericht opnieuw.',
  BOT_KEYS_UNAVAILABLE: () =>
    'Je bericht kan nu niet gecontroleerd worden; probeer het over een paar minuten opnieuw.',
};
