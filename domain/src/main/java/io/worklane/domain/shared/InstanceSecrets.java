package io.worklane.domain.shared;

import io.smallrye.mutiny.Uni;

/**
 * Port: secrets every instance of a deployment shares, such as the key that signs links, made at random
 * on first use and kept in the database (so links signed by one instance are good on every other).
 */
public interface InstanceSecrets {
    /** The secret of this name (32 random bytes), made now if there is none yet. */
    Uni<byte[]> get(String name);
}
