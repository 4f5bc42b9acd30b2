import type { Card } from '@/lib/cards';

/** A card's time: relative while fresh, the exact time in datetime and title. */
export function CardTime({ card }: { card: Card }) {
  return (
    <time dateTime={card.publishedAt} title={card.exactTime}>
      {card.time}
    </time>
  );
}
