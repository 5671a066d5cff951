import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runPost
} from "./chunk-IK3AYHSD.js";
import "./chunk-AUZ3ORL4.js";
import "./chunk-O3VN63HT.js";
import "./chunk-ATXN5F2T.js";
import "./chunk-SSLVIQDE.js";
export {
  runPost
};
