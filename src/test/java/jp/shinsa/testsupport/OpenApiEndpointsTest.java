package jp.shinsa.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.shinsa.testsupport.OpenApiEndpoints.Operation;
import org.junit.jupiter.api.Test;

class OpenApiEndpointsTest {

  @Test
  void readsEveryMethodOfEveryPathRelativeToTheRestRoot() {
    String yaml =
        """
        openapi: 3.0.3
        info:
          title: x
        paths:
          /shinsa/api/v1/contracts:
            get:
              parameters:
              - name: get
            post:
              summary: upload
          "/api/v1/contracts/{id}/versions/{no}":
            get:
              responses:
                "200":
                  description: ok
          /api/v1/audit/verify/:
            get: {}
        components:
          schemas:
            /notAPath:
              get: {}
        """;
    assertEquals(
        List.of(
            new Operation("GET", "contracts"),
            new Operation("POST", "contracts"),
            new Operation("GET", "contracts/{id}/versions/{no}"),
            new Operation("GET", "audit/verify")),
        OpenApiEndpoints.parse(yaml));
  }
}
