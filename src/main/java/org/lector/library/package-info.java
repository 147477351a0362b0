/**
 * The library seen across its articles: one identity per person and speaking organisation over all articles
 * ({@link org.lector.library.People}), the claims articles share and where they disagree
 * ({@link org.lector.library.Claims}), and what changed between two versions of an article
 * ({@link org.lector.library.TextDiff}, {@link org.lector.library.Carryover}).
 *
 * <p>Pure functions of the model: depends on {@code model}, the JDK and java-diff-utils only, so every rule is
 * unit-tested without a library file or a screen. The store keeps the rows these are computed from.
 */
package org.lector.library;
