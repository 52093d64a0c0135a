package cn.huinong.market.catalog.trace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency) over SHA-256: leaves and inner nodes are hashed with
 * different prefixes (0x00, 0x01), so no leaf can pose as a subtree; an unbalanced tree splits at the largest power
 * of two below its size, so every leaf has one audit path.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /** The root, in hex, of the leaves given in hex (the chain links of a day's events, in capture order). */
    public static String rootHex(List<String> leavesHex) {
        byte[][] leaves = leavesHex.stream().map(HexFormat.of()::parseHex).toArray(byte[][]::new);
        return HexFormat.of().formatHex(root(leaves, 0, leaves.length));
    }

    private static byte[] root(byte[][] leaves, int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return sha256((byte) 0x00, leaves[from]);
        }
        int split = Integer.highestOneBit(n - 1);
        return sha256((byte) 0x01, root(leaves, from, from + split), root(leaves, from + split, to));
    }

    private static byte[] sha256(byte prefix, byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prefix);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
