package fi.pyykkinaru.badge;

import java.util.List;
import java.util.stream.IntStream;

/** What the JMH benchmarks draw: the stand's default badge and sheet layouts, with real-looking names. */
public final class BadgeBenchmarkAccess {

    private final BadgeLayouts layouts = new BadgeLayouts("");
    private final BadgeFace face = new BadgeFace("Åsa Wikström-Äijälä", "Pohjanmaan Kylät ry", "Innomarkkinat 2026",
            List.of("fi", "sv"), BadgeCodes.next());

    public byte[] one() {
        return BadgePdf.render(layouts.get("badge-90x54"), List.of(face));
    }

    public byte[] sheets(int badges) {
        List<BadgeFace> faces = IntStream.range(0, badges).mapToObj(i -> new BadgeFace("Vieras Numero " + i,
                "Yhdistys " + i, "Innomarkkinat 2026", List.of("fi"), BadgeCodes.next())).toList();
        return BadgePdf.render(layouts.get("sheet-a4-10"), faces);
    }
}
