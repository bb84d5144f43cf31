/**
 * Every paint expression that depends on the year, for either way of recolouring.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import {
	HIDDEN_COLOUR,
	RELATION_CLASSES,
	RELATION_CLASS_IDS,
	UNCODED_COLOUR
} from '$lib/codebook/classes';

import {
	STATE_NOT_CODED,
	STATE_NOT_DRAWN,
	contestedExpression,
	stateValueExpression
} from '$lib/relations/year-codes';

/**
 * How a slider step reaches the map. `feature-state` (the default): the page writes each changed
 * polity's class index into its feature-state. `global-state`: the page sets one global `year` and
 * each feature reads its class from its own per-year `codes` string. The bench measures both.
 */
export type RecolourStrategy = 'feature-state' | 'global-state';

/** The polity's class index this year, -1 when it is not drawn (or nothing was written yet). */
export function classState(strategy: RecolourStrategy): ExpressionSpecification {
	if (strategy === 'feature-state') {
		return ['to-number', ['coalesce', ['feature-state', 'c'], STATE_NOT_DRAWN]];
	}
	return stateValueExpression();
}

/** Whether this year's coding carries a contested reading. */
export function contestedState(strategy: RecolourStrategy): ExpressionSpecification {
	if (strategy === 'feature-state') return ['boolean', ['feature-state', 'k'], false];
	return contestedExpression();
}

const dependentIndex = RELATION_CLASS_IDS.indexOf('dependent');

/**
 * Whether a tour scene hides the polity's class while it asks the room (feature-state `h`, written
 * by writeHidden whichever way the year is recoloured): a neutral fill under "?" marks, no hatch
 * and no contested mark, so nothing on the map gives the answer away.
 */
export const hiddenState: ExpressionSpecification = ['boolean', ['feature-state', 'h'], false];

/** Every paint expression that depends on the year, for one strategy. */
export function yearPaint(strategy: RecolourStrategy) {
	const c = classState(strategy);
	const drawn: ExpressionSpecification = ['>=', c, 0];
	const shown: ExpressionSpecification = ['!', hiddenState];
	return {
		fillColour: [
			'case',
			hiddenState,
			HIDDEN_COLOUR,
			[
				'match',
				c,
				...RELATION_CLASSES.flatMap((rc, i) => [i, rc.colour]),
				STATE_NOT_CODED,
				UNCODED_COLOUR,
				'rgba(0, 0, 0, 0)'
			]
		] as unknown as ExpressionSpecification,
		fillOpacity: ['case', drawn, 1, 0] as ExpressionSpecification,
		hatchOpacity: [
			'case',
			['all', shown, ['==', c, dependentIndex]],
			1,
			0
		] as ExpressionSpecification,
		hiddenOpacity: ['case', ['all', drawn, hiddenState], 1, 0] as ExpressionSpecification,
		contestedOpacity: [
			'case',
			['all', drawn, shown, contestedState(strategy)],
			1,
			0
		] as ExpressionSpecification,
		borderOpacity: ['case', drawn, 0.9, 0] as ExpressionSpecification,
		selectedOpacity: [
			'case',
			['all', drawn, ['boolean', ['feature-state', 'selected'], false]],
			1,
			0
		] as ExpressionSpecification
	};
}
