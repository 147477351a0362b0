/**
 * The inspect card: what Lector knows about one highlighted name (type, entity, who made it) and every correction
 * of it, by keyboard and mouse, opened by clicking the highlight or with Enter at the caret. The card
 * ({@link org.lector.ui.inspect.MentionCard}) is a view of {@link org.lector.ui.inspect.MentionCardViewModel},
 * which is tested without a screen.
 */
package org.lector.ui.inspect;
