package dev.errata.examples.kotlin.shop

/** What a Kotlin caller does with a shop response: a sentence for the user, from the typed error. */
fun explain(status: Int, body: String): String {
    val error = ShopErrors.INSTANCE.decode(status, body).orElse(null) ?: return "ok"
    return when (error) {
        is ShopException.NotFound -> "not found: ${error.serverMessage()}"
        is ShopException.Throttled -> "slow down (retryable: ${error.isRetryable()})"
        is ShopException.InsufficientFunds -> "top up first"
        else -> "failed: ${error.code()}"
    }
}
