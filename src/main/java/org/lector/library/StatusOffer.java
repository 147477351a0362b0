package org.lector.library;

/**
 * A check the reader made in one article, offered for the same claim in another: the reader decides, nothing is
 * copied on its own.
 *
 * @param target  the unchecked fact the status is offered for
 * @param checked the fact the reader checked, with its status, evidence and link
 */
public record StatusOffer(Claim target, Claim checked) {
}
