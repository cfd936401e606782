package dev.errata.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.ProviderServer;
import dev.errata.integrations.testing.Reply;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.cbc.HuaweiCbcException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Url;

class ErrataInterceptorTest {
  private static final ProviderServer server = ProviderServer.start();
  private static final List<ServiceException> reported = new CopyOnWriteArrayList<>();

  private static OkHttpClient clientFor(Reply reply) {
    return new OkHttpClient.Builder()
        .addInterceptor(ErrataInterceptor.of(reply.decoder()).onError(reported::add))
        .callTimeout(10, TimeUnit.SECONDS)
        .build();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void eachReplyThroughCallExecute(Reply reply) throws IOException {
    Request request = new Request.Builder().url(server.uri(reply).toString()).build();
    if (reply.isError()) {
      ServiceException error =
          assertThrows(
              ServiceException.class, () -> clientFor(reply).newCall(request).execute().close());
      reply.check(error);
      assertTrue(reported.contains(error), "the listener was told of " + error);
    } else {
      try (Response response = clientFor(reply).newCall(request).execute()) {
        reply.checkSuccessBody(response.body().bytes());
      }
    }
  }

  /** The service a Retrofit user declares. */
  interface CbcApi {
    @GET
    Call<ResponseBody> get(@Url String path);
  }

  private static CbcApi retrofit(ErrataInterceptor interceptor) {
    return new Retrofit.Builder()
        .baseUrl(server.baseUrl())
        .client(new OkHttpClient.Builder().addInterceptor(interceptor).build())
        .build()
        .create(CbcApi.class);
  }

  @Test
  void retrofitExecuteRaisesTheTypedExceptionAndKeepsSuccessBodies() throws IOException {
    CbcApi api = retrofit(ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE));
    HuaweiCbcException.Cbc3155 error =
        assertThrows(
            HuaweiCbcException.Cbc3155.class, () -> api.get(Reply.ERROR_IN_200.path()).execute());
    Reply.ERROR_IN_200.check(error);
    try (ResponseBody body = api.get(Reply.LARGE_SUCCESS.path()).execute().body()) {
      Reply.LARGE_SUCCESS.checkSuccessBody(body.bytes());
    }
  }

  @Test
  void retrofitEnqueueReceivesTheTypedExceptionAsTheCauseOfOnFailure() throws Exception {
    CbcApi api = retrofit(ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE).wrappingInIOException());
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    api.get(Reply.ERROR_IN_200.path())
        .enqueue(
            new Callback<>() {
              @Override
              public void onResponse(
                  Call<ResponseBody> call, retrofit2.Response<ResponseBody> response) {
                response.body().close();
                failure.completeExceptionally(new AssertionError("a success: " + response));
              }

              @Override
              public void onFailure(Call<ResponseBody> call, Throwable t) {
                failure.complete(t);
              }
            });
    ServiceIOException wrapped =
        assertInstanceOf(ServiceIOException.class, failure.get(10, TimeUnit.SECONDS));
    assertSame(wrapped.getCause(), wrapped.error());
    Reply.ERROR_IN_200.check(wrapped.error());
    assertEquals(HuaweiCbcException.Cbc3155.class, wrapped.error().getClass());
  }
}
