package fi.pyykkinaru.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * espeak-ng writing to a pipe cannot know the length beforehand and puts "as long as possible" in the header;
 * browsers then report an endless clip. The lengths are set here from the bytes actually written.
 */
final class Wav {

    private static final int HEADER = 44;

    private Wav() {
    }

    static byte[] withLengths(byte[] wav) throws Espeak.SpeechFailed {
        if (wav.length < HEADER || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE") || !ascii(wav, 36, "data")) {
            throw new Espeak.SpeechFailed("espeak-ng wrote no WAV (" + wav.length + " bytes)");
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(4, wav.length - 8);
        header.putInt(40, wav.length - HEADER);
        return wav;
    }

    private static boolean ascii(byte[] bytes, int at, String expected) {
        return new String(bytes, at, expected.length(), StandardCharsets.US_ASCII).equals(expected);
    }
}
