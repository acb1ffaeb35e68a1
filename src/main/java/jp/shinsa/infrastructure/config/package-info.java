/** Application-wide technical wiring that is not a subject of its own (the clock). */
package jp.shinsa.infrastructure.config;
