/**
 * Scale-out proof: tests and tools that run the real portal as several Payara Micro processes on
 * one PostgreSQL database (outside Arquillian, so that a node can be killed with SIGKILL, its heap
 * bounded or its database crashed), and the load generator used for the latency figures in
 * bench/load.
 */
package jp.shinsa.cluster;
