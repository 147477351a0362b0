package org.lector.export;

import java.util.Map;

/** Whether a colour's name fits its hex value, by hue (and lightness and saturation for grey and brown). */
final class ColourNames {

    /** Hue ranges in degrees, [from, to); a range may wrap past 360. */
    private static final Map<String, double[]> HUES = Map.ofEntries(
            Map.entry("red", new double[] {345, 15}), Map.entry("rose", new double[] {340, 25}),
            Map.entry("salmon", new double[] {0, 25}), Map.entry("peach", new double[] {15, 40}),
            Map.entry("orange", new double[] {15, 45}), Map.entry("brown", new double[] {15, 45}),
            Map.entry("beige", new double[] {25, 55}), Map.entry("sand", new double[] {25, 55}),
            Map.entry("yellow", new double[] {45, 70}), Map.entry("green", new double[] {75, 150}),
            Map.entry("mint", new double[] {140, 175}), Map.entry("aqua", new double[] {165, 195}),
            Map.entry("blue", new double[] {190, 250}), Map.entry("lavender", new double[] {250, 290}),
            Map.entry("purple", new double[] {260, 300}), Map.entry("pink", new double[] {300, 345}));

    private ColourNames() {
    }

    static boolean fits(String name, String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = (rgb >> 16 & 0xff) / 255.0;
        double g = (rgb >> 8 & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double lightness = (max + min) / 2;
        double chroma = max - min;
        String base = name.replace("light ", "").replace("pale ", "").strip();
        if (base.equals("grey") || base.equals("gray")) {
            return chroma < 0.03;
        }
        if (chroma < 0.03) {
            return false;
        }
        double hue;
        if (max == r) {
            hue = 60 * (((g - b) / chroma) % 6);
        } else if (max == g) {
            hue = 60 * ((b - r) / chroma + 2);
        } else {
            hue = 60 * ((r - g) / chroma + 4);
        }
        hue = (hue + 360) % 360;
        double[] range = HUES.get(base);
        if (range == null) {
            return false;
        }
        boolean inHue = range[0] <= range[1] ? hue >= range[0] && hue < range[1] : hue >= range[0] || hue < range[1];
        if (base.equals("brown")) {
            return inHue && lightness < 0.5;
        }
        return inHue && (!name.startsWith("light") && !name.startsWith("pale") || lightness > 0.6);
    }
}
