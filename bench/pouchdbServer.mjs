// The alternative's server for bench/pouchdb.mjs, in its own process as Triangulate's is:
// express-pouchdb (CouchDB's HTTP API) over PouchDB on its memory adapter, on 127.0.0.1.
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const port = Number(process.argv[2]);
const MemoryPouch = PouchDB.plugin(memoryAdapter).plugin(mapReduce).plugin(replication).defaults({ adapter: 'memory' });
const app = express();
// 'minimumForPouchDB': the routes replication uses, no Fauxton, no config file on disk.
app.use('/', expressPouchDB(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }));
app.listen(port, '127.0.0.1', () => console.log(`pouchdb-server listening on ${port}`));
