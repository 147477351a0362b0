/**
 * What the reader sees, worked out from what the engine found and what the reader kept: {@link
 * org.lector.overlay.DictionaryOverlay} lays the reader's dictionary over the engine's analysis, then {@link
 * org.lector.overlay.Overlay} lays the reader's records of the article over that. Pure functions of the model:
 * this package depends on {@code org.lector.model} and the JDK only, reads no file and keeps no state.
 */
package org.lector.overlay;
