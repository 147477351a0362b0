/**
 * Lector's data model: documents, spans, annotations and their provenance, as immutable records and enums.
 *
 * <p>Depends on nothing but the JDK. Every offset is a half-open {@code [start, end)} UTF-16 index into a
 * {@link org.lector.model.Document}'s normalized text.
 */
package org.lector.model;
