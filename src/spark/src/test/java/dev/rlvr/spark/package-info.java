/** Tests of the Spark job and SQL function, on a local[2] session shared by each test class. */
package dev.rlvr.spark;
