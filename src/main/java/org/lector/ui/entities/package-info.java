/** The Entities tab: the people, places, organisations and other names the article mentions. */
package org.lector.ui.entities;
