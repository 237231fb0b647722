import type { TurnContext } from 'botbuilder';
import { addDays } from '../../core/calendar/local-date.js';
import { mondayOfWeekShown } from '../../core/calendar/week-shown.js';
import { withStructuralWeek } from '../../core/organisation/structural-days.js';
import { weekOverview } from '../../core/use-cases/week-overview.js';
import type { BotServices } from '../bot-services.js';
import { type AdaptiveCardJson, renderHelpCard, renderWeekCard } from '../cards/index.js';
import { parseCommand } from '../commands/parse-command.js';
import { cancelDaysReply } from './cancel-days-reply.js';
import { declareDays } from './declare-days.js';
import type { TurnPerson } from './turn-person.js';

/** A message to the bot: parse it, run the one use case it asks for, answer with a card. */
export async function handleMessage(
  context: TurnContext,
  services: BotServices,
  turn: TurnPerson,
): Promise<AdaptiveCardJson> {
  const today = services.clock.today();
  const command = parseCommand(context.activity.text ?? '', { today, fallbackLanguage: turn.fallbackLocale });
  const locale = command.language;
  const { person } = turn;
  switch (command.intent) {
    case 'help':
      return renderHelpCard({ locale });
    case 'unknown':
      return renderHelpCard({ locale, problem: command.problem });
    case 'declare': {
      const days =
        command.pattern === 'next-week-structural'
          ? withStructuralWeek(person, addDays(today, 7), command.days)
          : command.days;
      return declareDays(services, person, days, locale);
    }
    case 'cancel':
      return cancelDaysReply(services, person, command.days, locale);
    case 'duties':
    case 'list': {
      // "/permanence" is this week's card: each day's duties beside the telework that frames them.
      // On a weekend "week" is the coming one; "next week" already is (today + 7 falls in it).
      const range = command.intent === 'list' ? command.range : 'this-week';
      const weekOf = range === 'next-week' ? addDays(today, 7) : mondayOfWeekShown(today);
      const week = await weekOverview(services, { personId: person.id, weekOf });
      return renderWeekCard({
        locale,
        today,
        weekOf: week.monday,
        which: range === 'next-week' ? 'next' : 'this',
        quotas: week.quotas,
        days: week.days.map((day) => ({
          date: day.date,
          entries: day.entries.map((entry) => ({ part: entry.part, status: entry.status })),
          duties: day.duties,
          ...(day.off
            ? {
                off:
                  day.off.kind === 'public-holiday'
                    ? {
                        ...day.off,
                        name: services.calendar.publicHolidayIn(day.date, locale) ?? day.off.name,
                      }
                    : day.off,
              }
            : {}),
        })),
      });
    }
  }
}
