/** Start-up wiring: the entry point, where files live (XDG), settings on disk, and the window's services. */
package org.lector.app;
