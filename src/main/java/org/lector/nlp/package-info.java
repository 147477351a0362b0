/**
 * The analysis engine: Stanford CoreNLP for sentences, tokens and typed names (tier 1), and Lector's own rules on
 * top of them for clusters, quotes with speakers and check-worthy facts (tier 2).
 *
 * <p>Pure Java, no UI. {@link org.lector.nlp.AnalysisEngine} is the entry point; everything else here is an
 * implementation detail. CoreNLP objects never leave this package: results are copied into
 * {@link org.lector.model} records at once, because an annotated CoreNLP document keeps a lot of heap alive.
 */
package org.lector.nlp;
