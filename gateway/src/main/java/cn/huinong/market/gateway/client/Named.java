package cn.huinong.market.gateway.client;

/** Anything the services name in both languages; the pages pick one by the reader's language. */
public interface Named {

    String nameZh();

    String nameEn();
}
