package dev.errata.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.GuideSnippets;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.cbc.HuaweiCbcException;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/** The guide's OkHttp snippets, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  interface CbcApi {
    @GET("v2/customers")
    Call<ResponseBody> customers();
  }

  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(
        List.of("okhttp", "retrofit", "okhttp-async", "okhttp-metrics"),
        GuideSnippets.check(getClass()));
  }

  void execute(Request request) throws IOException {
    // guide:okhttp-start
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE))
            .build();

    try (Response response = client.newCall(request).execute()) {
      String json = response.body().string(); // a success, its body whole
    } catch (HuaweiCbcException.InsufficientFunds e) { // also when sent with HTTP 200
      askCustomerToTopUp(e.code(), e.serverMessage());
    }
    // guide:okhttp-end
  }

  CbcApi retrofit(OkHttpClient client) {
    // guide:retrofit-start
    CbcApi api =
        new Retrofit.Builder()
            .baseUrl("https://bss.myhuaweicloud.com/")
            .client(client)
            .build()
            .create(CbcApi.class);
    // guide:retrofit-end
    return api;
  }

  OkHttpClient async() {
    // guide:okhttp-async-start
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE).wrappingInIOException())
            .build();
    // guide:okhttp-async-end
    return client;
  }

  void metrics(Consumer<ServiceException> errors) {
    // guide:okhttp-metrics-start
    ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE).onError(errors); // OkHttp
    // guide:okhttp-metrics-end
  }

  private static void askCustomerToTopUp(String code, String message) {}
}
