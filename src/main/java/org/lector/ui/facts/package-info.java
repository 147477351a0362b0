/** The Facts tab: the checkable claims the article makes, most check-worthy first. */
package org.lector.ui.facts;
