package com.solvent.chain.rpc;

import java.io.IOException;

/** The node answered with a JSON-RPC error object (rate limit, unknown block, bad params...). */
public class RpcErrorException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public RpcErrorException(String message, int code) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
