package cn.huinong.market.orders;

import cn.huinong.market.common.testing.S3TestServer;
import io.quarkus.test.common.QuarkusTestResource;

/** A real S3 server (s3proxy in the test JVM) for after-sale photos; applies to every test of the module. */
@QuarkusTestResource(S3TestServer.class)
public final class StorageTestResources {

    private StorageTestResources() {
    }
}
