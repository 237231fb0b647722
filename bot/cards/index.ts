/** The bot's replies: Adaptive Cards 1.5 in the person's language, built from pure data. */
export {
  type AdaptiveCardJson,
  CARD_CONTENT_TYPE,
  CARD_SCHEMA,
  CARD_VERSION,
  type CardAttachment,
  cardAttachment,
} from './adaptive-card.js';
export {
  type ApprovalDecidedCardInput,
  type ApprovalDecidedDay,
  type ApprovalRequestCardInput,
  type ApprovalRequestDay,
  type ApprovalState,
  renderApprovalDecidedCard,
  renderApprovalRequestCard,
} from './approval-cards.js';
export { type CardText, plain } from './card-text.js';
export {
  type CalendarState,
  type DeclarationCardInput,
  type DeclarationDay,
  MAX_SUGGESTIONS,
  renderDeclarationCard,
} from './declaration-card.js';
export { type ErrorCardInput, renderErrorCard } from './error-card.js';
export { type HelpCardInput, renderHelpCard } from './help-card.js';
export {
  type CancellationCardInput,
  type DecisionNoticeCardInput,
  type DutyNoticeCardInput,
  renderCancellationCard,
  renderDecisionNoticeCard,
  renderDutyNoticeCard,
} from './notice-cards.js';
export type { DisplayNames } from './reason-text.js';
export { renderWeekCard, type WeekCardInput, type WeekDay } from './week-card.js';
