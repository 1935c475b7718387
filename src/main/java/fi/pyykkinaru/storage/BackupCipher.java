package fi.pyykkinaru.storage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of a backup archive, streamed in 64 KiB chunks (AES-256-GCM, the STREAM construction):
 * memory stays small whatever the database's size, and a chunk is only given out once its tag checks. Each chunk's
 * nonce is its number and its associated data the file's header, its number and whether it is the last, so chunks
 * cannot be altered, reordered, dropped or cut off at the end unnoticed. The file:
 * <pre>"PYKBAK01" | key id (8) | salt (16) | chunks: last? (1) | length (4) | ciphertext and tag (length + 16)</pre>
 * Each file has its own key, derived from the backup key and its salt.
 */
final class BackupCipher {

    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = "PYKBAK01".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 16;
    private static final int HEADER = MAGIC.length + 8 + SALT;
    private static final int TAG_BITS = 128;

    private BackupCipher() {
    }

    static void encrypt(BackupKey key, InputStream plain, OutputStream sealed) throws IOException {
        byte[] salt = new byte[SALT];
        new SecureRandom().nextBytes(salt);
        ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).put(key.id()).put(salt);
        SecretKeySpec fileKey = key.forFile(salt);
        DataOutputStream out = new DataOutputStream(sealed);
        out.write(header.array());
        byte[] current = plain.readNBytes(CHUNK);
        for (long index = 0; ; index++) {
            byte[] next = current.length < CHUNK ? new byte[0] : plain.readNBytes(CHUNK);
            boolean last = next.length == 0;
            byte[] cipherText = seal(fileKey, header.array(), index, last, current);
            out.writeByte(last ? 1 : 0);
            out.writeInt(current.length);
            out.write(cipherText);
            if (last) {
                break;
            }
            current = next;
        }
        out.flush();
    }

    /**
     * Writes the archive back out, chunk by checked chunk; refused when the file is no backup of this app, was made
     * with another key, or was altered, cut short or added to (what was written by then is not to be trusted).
     */
    static void decrypt(BackupKey key, InputStream sealed, OutputStream plain) throws IOException, BackupRefusedException {
        DataInputStream in = new DataInputStream(sealed);
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new BackupRefusedException(BackupRefusedException.Reason.NOT_A_BACKUP);
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + 8), key.id())) {
            throw new BackupRefusedException(BackupRefusedException.Reason.WRONG_KEY);
        }
        SecretKeySpec fileKey = key.forFile(Arrays.copyOfRange(header, MAGIC.length + 8, HEADER));
        for (long index = 0; ; index++) {
            int flag = in.read();
            if (flag != 0 && flag != 1) {
                throw tampered();
            }
            byte[] cipherText;
            try {
                int length = in.readInt();
                if (length < 0 || length > CHUNK) {
                    throw tampered();
                }
                cipherText = new byte[length + TAG_BITS / 8];
                in.readFully(cipherText);
            } catch (EOFException cut) {
                throw tampered();
            }
            plain.write(open(fileKey, header, index, flag == 1, cipherText));
            if (flag == 1) {
                if (in.read() != -1) {
                    throw tampered();
                }
                plain.flush();
                return;
            }
        }
    }

    private static byte[] seal(SecretKeySpec key, byte[] header, long index, boolean last, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(index)));
            cipher.updateAAD(associated(header, index, last));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] header, long index, boolean last, byte[] sealed)
            throws BackupRefusedException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(index)));
            cipher.updateAAD(associated(header, index, last));
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException altered) {
            throw tampered();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] nonce(long index) {
        return ByteBuffer.allocate(12).putInt(0).putLong(index).array();
    }

    private static byte[] associated(byte[] header, long index, boolean last) {
        return ByteBuffer.allocate(header.length + 9).put(header).putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static BackupRefusedException tampered() {
        return new BackupRefusedException(BackupRefusedException.Reason.TAMPERED);
    }
}
