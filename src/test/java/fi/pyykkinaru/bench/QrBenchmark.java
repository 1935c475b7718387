package fi.pyykkinaru.bench;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fi.pyykkinaru.printing.QrCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * QR codes: a session address encoded as the PNG that posters, slips and the phone page carry, and the same
 * image decoded again (what checks a printed code; the stand's camera decodes in the browser).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QrBenchmark {

    private static final String ADDRESS = "http://10.0.0.5:8080/s/Xk3dP9qL2m";
    private final QrCodes codes = new QrCodes();
    private BufferedImage image;

    @Setup
    public void draw() throws IOException {
        image = ImageIO.read(new ByteArrayInputStream(codes.png(ADDRESS, 360)));
    }

    @Benchmark
    public byte[] encodePng() {
        return codes.png(ADDRESS, 360);
    }

    @Benchmark
    public String decode() throws NotFoundException, ChecksumException, FormatException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }
}
