/**
 * Scoring the engine against gold annotations: span matching, precision, recall and F1, and the mapping of gold
 * and engine types onto one set of labels. Pure functions over spans: reading gold files and running engines is
 * the caller's business (the {@code eval} command in {@code org.lector.cli}).
 *
 * <p>Matching rules, used by {@code docs/quality.md}:
 * <ul>
 *   <li><b>exact</b>: same start, same end, same label;</li>
 *   <li><b>overlap</b>: same label and the spans share at least one character; a gold span is found when some
 *       prediction overlaps it, a prediction is right when it overlaps some gold span (relaxed, not one-to-one,
 *       because MEANTIME nests names: "Airbus" and "EADS" inside "Airbus parent EADS"). MEANTIME marks whole noun phrases
 *       ("Airbus parent EADS"), CoreNLP marks names ("EADS"), so exact matching there mostly measures extent
 *       conventions; overlap says whether the name was found with the right type.</li>
 * </ul>
 */
package org.lector.nlp.eval;
