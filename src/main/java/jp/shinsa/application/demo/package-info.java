/** The demo organisations and logins seeded on the embedded database, and the startup banner. */
package jp.shinsa.application.demo;
