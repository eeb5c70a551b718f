/** How each entity kind reads on the page; the kinds themselves come from the schema. */
import type { EntityKind } from '../schema/article.ts';

export const KIND_LABELS: Record<EntityKind, { singular: string; plural: string }> = {
  people: { singular: 'Person', plural: 'People' },
  organizations: { singular: 'Organization', plural: 'Organizations' },
  places: { singular: 'Place', plural: 'Places' },
};
