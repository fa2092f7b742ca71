/**
 * Files attached to work items and comments: what a stored file is, how its name is made safe, the
 * limits an upload must keep, and the ports to its row, its bytes and the queue of bytes to remove.
 * Bytes are never held here: the application streams them between the request and the store.
 */
package io.worklane.domain.attachment;
