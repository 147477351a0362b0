/**
 * What every view shares: background work with results delivered on the FX thread, dialogs, themes, settings.
 */
package org.lector.ui.common;
