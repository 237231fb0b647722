import type { Person } from '../../core/organisation/organisation.js';
import type { DayRequest } from '../../core/policy/decision.js';
import { cancelDays } from '../../core/use-cases/cancel-days.js';
import { weekOverview } from '../../core/use-cases/week-overview.js';
import type { BotServices } from '../bot-services.js';
import { type AdaptiveCardJson, renderCancellationCard, renderErrorCard } from '../cards/index.js';
import { formatLongDate } from '../i18n/format.js';

/** "/telework cancel friday", and the Undo button: cancels, then says whether Outlook followed. */
export async function cancelDaysReply(
  services: BotServices,
  person: Person,
  days: DayRequest[],
  locale: Person['locale'],
): Promise<AdaptiveCardJson> {
  const { cancelled, nothingOn } = await cancelDays(services, {
    personId: person.id,
    days,
    at: services.clock.now(),
    source: 'bot',
  });
  if (cancelled.length === 0) {
    const named = nothingOn.map((day) => formatLongDate(locale, day.date)).join(', ');
    return renderErrorCard({ locale, error: { code: 'NOTHING_TO_CANCEL', params: { days: named } } });
  }
  await services.syncSoon();
  const status = await services.calendarStatus(cancelled.map((entry) => entry.id));
  const synced = cancelled.every((entry) => status.get(entry.id) === 'in-calendar');
  const today = services.clock.today();
  const week = await weekOverview(services, { personId: person.id, weekOf: cancelled[0]?.date ?? today });
  return renderCancellationCard({
    locale,
    today,
    days: cancelled.map((entry) => ({ date: entry.date, part: entry.part })),
    calendarState: synced ? 'removed' : 'pending-sync',
    quotas: week.quotas,
  });
}
