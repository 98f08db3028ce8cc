// The page's first script (see first-requests.ts): it reads the plan the build wrote into
// index.html and starts the requests, then the app's own bundle takes over.
import { PLAN_ID, startFirstRequests, type FirstRequestsPlan } from './first-requests';

const plan = document.getElementById(PLAN_ID)?.textContent;
if (plan) startFirstRequests(JSON.parse(plan) as FirstRequestsPlan);
